; BrainTS kernel for neuron model LIFExact (models/lif.ts:48), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): V, t_last, I.
; Group-uniform parameters (params): tau, V_rest, V_reset, V_th, R, t_ref.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'LIFExact.cpu'
source_filename = "models/lif.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @LIFExact_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/lif.ts:26  update(t: number, dt: number) {
  %V.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %V.ptr = load double*, double** %V.slot, align 8, !dbg !7
  %t_last.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %t_last.ptr = load double*, double** %t_last.slot, align 8, !dbg !7
  %I.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %I.ptr = load double*, double** %I.slot, align 8, !dbg !7
  %tau.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %tau = load double, double* %tau.slot, align 8, !dbg !7
  %V_rest.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %V_rest = load double, double* %V_rest.slot, align 8, !dbg !7
  %V_reset.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %V_reset = load double, double* %V_reset.slot, align 8, !dbg !7
  %V_th.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %V_th = load double, double* %V_th.slot, align 8, !dbg !7
  %R.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %R = load double, double* %R.slot, align 8, !dbg !7
  %t_ref.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %t_ref = load double, double* %t_ref.slot, align 8, !dbg !7
  %u0 = fmul double 1.000000e-03, %dt, !dbg !8
  ; models/lif.ts:28  if (refractoryOver(t, this.t_last, this.t_ref, dt)) {
  %u1 = fdiv double 1.000000e+00, %dt, !dbg !9
  %0 = fadd double %t_ref, %u0, !dbg !10
  %1 = fmul double %0, %u1, !dbg !10
  %u2 = call double @llvm.trunc.f64(double %1), !dbg !10
  ; models/lif.ts:53  return (this.V_rest - V + this.R * I) / this.tau;
  %u3 = fdiv double -1.000000e+00, %tau, !dbg !11
  ; models/lif.ts:29  this.V = step(this.dV, this.V, this.I);
  %2 = fmul double %u3, %dt, !dbg !12
  %3 = fcmp ogt double %2, 7.100000e+02, !dbg !12
  %4 = select i1 %3, double 7.100000e+02, double %2, !dbg !12
  %5 = fcmp olt double %4, -7.460000e+02, !dbg !12
  %6 = select i1 %5, double -7.460000e+02, double %4, !dbg !12
  %7 = fmul double %6, 0x3FF71547652B82FE, !dbg !12
  %8 = fadd double %7, 0x4338000000000000, !dbg !12
  %9 = bitcast double %8 to i64, !dbg !12
  %10 = sub i64 %9, 4843621399236968448, !dbg !12
  %11 = fsub double %8, 0x4338000000000000, !dbg !12
  %12 = fmul double %11, 0x3FE62E42FEE00000, !dbg !12
  %13 = fsub double %6, %12, !dbg !12
  %14 = fmul double %11, 0x3DEA39EF35793C76, !dbg !12
  %15 = fsub double %13, %14, !dbg !12
  %16 = fmul double 0x3E21F730349868CE, %15, !dbg !12
  %17 = fadd double %16, 0x3E5AF4DE97CA4194, !dbg !12
  %18 = fmul double %17, %15, !dbg !12
  %19 = fadd double %18, 0x3E927E4DB646B17E, !dbg !12
  %20 = fmul double %19, %15, !dbg !12
  %21 = fadd double %20, 0x3EC71DE0231960EB, !dbg !12
  %22 = fmul double %21, %15, !dbg !12
  %23 = fadd double %22, 0x3EFA01A01A6D889C, !dbg !12
  %24 = fmul double %23, %15, !dbg !12
  %25 = fadd double %24, 0x3F2A01A01ABE7FE1, !dbg !12
  %26 = fmul double %25, %15, !dbg !12
  %27 = fadd double %26, 0x3F56C16C16C162D4, !dbg !12
  %28 = fmul double %27, %15, !dbg !12
  %29 = fadd double %28, 0x3F811111111100DC, !dbg !12
  %30 = fmul double %29, %15, !dbg !12
  %31 = fadd double %30, 0x3FA5555555555556, !dbg !12
  %32 = fmul double %31, %15, !dbg !12
  %33 = fadd double %32, 0x3FC5555555555557, !dbg !12
  %34 = fmul double %33, %15, !dbg !12
  %35 = fadd double %34, 5.000000e-01, !dbg !12
  %36 = fmul double %15, %15, !dbg !12
  %37 = fmul double %36, %35, !dbg !12
  %38 = fsub double %37, %14, !dbg !12
  %39 = fadd double %13, %38, !dbg !12
  %40 = fsub double %39, %13, !dbg !12
  %41 = fsub double %38, %40, !dbg !12
  %42 = fadd double 1.000000e+00, %39, !dbg !12
  %43 = fsub double 1.000000e+00, %42, !dbg !12
  %44 = fadd double %43, %39, !dbg !12
  %45 = fadd double %44, %41, !dbg !12
  %46 = fadd double %42, %45, !dbg !12
  %47 = ashr i64 %10, 1, !dbg !12
  %48 = add i64 %47, 1023, !dbg !12
  %49 = shl i64 %48, 52, !dbg !12
  %50 = bitcast i64 %49 to double, !dbg !12
  %51 = fmul double %46, %50, !dbg !12
  %52 = sub i64 %10, %47, !dbg !12
  %53 = add i64 %52, 1023, !dbg !12
  %54 = shl i64 %53, 52, !dbg !12
  %55 = bitcast i64 %54 to double, !dbg !12
  %u4 = fmul double %51, %55, !dbg !12
  %56 = icmp slt i64 %begin, %end, !dbg !12
  br i1 %56, label %neuron, label %done, !dbg !12

neuron:                                           ; preds = %t_last.stored, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %t_last.stored ], !dbg !12
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %t_last.stored ], !dbg !12
  ; models/lif.ts:28  if (refractoryOver(t, this.t_last, this.t_ref, dt)) {
  %t_last.addr = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !13
  %t_last = load double, double* %t_last.addr, align 8, !dbg !13
  %57 = fsub double %t, %t_last, !dbg !13
  %58 = fadd double %57, %u0, !dbg !9
  %59 = fmul double %58, %u1, !dbg !9
  %60 = call double @llvm.trunc.f64(double %59), !dbg !9
  %61 = fcmp oge double %60, %u2, !dbg !9
  ; models/lif.ts:29  this.V = step(this.dV, this.V, this.I);
  %62 = fcmp oeq double %u3, 0.000000e+00, !dbg !12
  %V.addr = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !14
  %V = load double, double* %V.addr, align 8, !dbg !14
  ; models/lif.ts:53  return (this.V_rest - V + this.R * I) / this.tau;
  %63 = fsub double %V_rest, %V, !dbg !15
  ; models/lif.ts:29  this.V = step(this.dV, this.V, this.I);
  %I.addr = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !16
  %I = load double, double* %I.addr, align 8, !dbg !16
  %64 = fmul double %R, %I, !dbg !16
  %65 = fadd double %63, %64, !dbg !16
  ; models/lif.ts:53  return (this.V_rest - V + this.R * I) / this.tau;
  %66 = fdiv double %65, %tau, !dbg !11
  %67 = fmul double %dt, %66, !dbg !11
  %68 = fadd double %V, %67, !dbg !11
  %69 = fmul double %R, %I, !dbg !17
  %70 = fadd double %V_rest, %69, !dbg !17
  %71 = fdiv double %70, %tau, !dbg !17
  %72 = fdiv double %71, %u3, !dbg !17
  %73 = fneg double %72, !dbg !17
  ; models/lif.ts:29  this.V = step(this.dV, this.V, this.I);
  %74 = fadd double %V, %72, !dbg !12
  %75 = fmul double %74, %u4, !dbg !12
  %76 = fadd double %73, %75, !dbg !12
  %77 = select i1 %62, double %68, double %76, !dbg !12
  ; models/lif.ts:30  if (this.V > this.V_th) {
  %78 = fcmp ogt double %77, %V_th, !dbg !18
  ; models/lif.ts:31  this.V = this.V_reset;
  %79 = select i1 %78, double %V_reset, double %77, !dbg !19
  ; models/lif.ts:16  @state V = -65; // mV
  %V.next = select i1 %61, double %79, double %V, !dbg !20
  ; models/lif.ts:17  @state t_last = -1e7; // ms, time of the last spike
  %80 = select i1 %78, double %t, double %t_last, !dbg !21
  %t_last.next = select i1 %61, double %80, double %t_last, !dbg !21
  ; models/lif.ts:28  if (refractoryOver(t, this.t_last, this.t_ref, dt)) {
  %spiked1 = and i1 %61, %78, !dbg !22
  ; models/lif.ts:31  this.V = this.V_reset;
  br i1 %61, label %V.store, label %V.stored, !dbg !23

done:                                             ; preds = %t_last.stored, %entry
  ; models/lif.ts:26  update(t: number, dt: number) {
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %t_last.stored ], !dbg !7
  %81 = icmp ne i64 %bad.bits, 0, !dbg !7
  %result = zext i1 %81 to i32, !dbg !7
  ret i32 %result, !dbg !7

V.store:                                          ; preds = %neuron
  ; models/lif.ts:31  this.V = this.V_reset;
  %V.addr2 = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !23
  store double %V.next, double* %V.addr2, align 8, !dbg !23
  br label %V.stored, !dbg !23

V.stored:                                         ; preds = %V.store, %neuron
  %82 = fsub double %V.next, %V.next, !dbg !23
  %83 = bitcast double %82 to i64, !dbg !23
  %V.bad = or i64 0, %83, !dbg !23
  ; models/lif.ts:32  this.t_last = t;
  br i1 %61, label %t_last.store, label %t_last.stored, !dbg !24

t_last.store:                                     ; preds = %V.stored
  %t_last.addr3 = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !24
  store double %t_last.next, double* %t_last.addr3, align 8, !dbg !24
  br label %t_last.stored, !dbg !24

t_last.stored:                                    ; preds = %t_last.store, %V.stored
  %84 = fsub double %t_last.next, %t_last.next, !dbg !24
  %85 = bitcast double %84 to i64, !dbg !24
  %t_last.bad = or i64 %V.bad, %85, !dbg !24
  ; models/lif.ts:18  @current I = 0; // mV
  %I.addr4 = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !25
  store double 0.000000e+00, double* %I.addr4, align 8, !dbg !25
  ; models/lif.ts:26  update(t: number, dt: number) {
  %spiked.byte = zext i1 %spiked1 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i64 %bad, %t_last.bad, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %86 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %86, label %neuron, label %done, !dbg !7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.trunc.f64(double) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "lif.ts", directory: "models")
!4 = distinct !DISubprogram(name: "LIFExact.update", linkageName: "LIFExact_update", scope: !3, file: !3, line: 26, type: !5, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 26, column: 3, scope: !4)
!8 = !DILocation(line: 26, column: 21, scope: !4)
!9 = !DILocation(line: 28, column: 9, scope: !4)
!10 = !DILocation(line: 28, column: 40, scope: !4)
!11 = !DILocation(line: 53, column: 45, scope: !4)
!12 = !DILocation(line: 29, column: 16, scope: !4)
!13 = !DILocation(line: 28, column: 27, scope: !4)
!14 = !DILocation(line: 29, column: 30, scope: !4)
!15 = !DILocation(line: 53, column: 13, scope: !4)
!16 = !DILocation(line: 29, column: 38, scope: !4)
!17 = !DILocation(line: 53, column: 31, scope: !4)
!18 = !DILocation(line: 30, column: 20, scope: !4)
!19 = !DILocation(line: 31, column: 18, scope: !4)
!20 = !DILocation(line: 16, column: 3, scope: !4)
!21 = !DILocation(line: 17, column: 3, scope: !4)
!22 = !DILocation(line: 28, column: 5, scope: !4)
!23 = !DILocation(line: 31, column: 9, scope: !4)
!24 = !DILocation(line: 32, column: 9, scope: !4)
!25 = !DILocation(line: 18, column: 3, scope: !4)
; braints-hash: 694da8906c7d78dc3e4a956f697e3f4788ca6628b0e9aafdc1701729893f3900
