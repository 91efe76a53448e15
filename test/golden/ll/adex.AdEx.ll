; BrainTS kernel for neuron model AdEx (models/adex.ts:23), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): V, w, I.
; Group-uniform parameters (params): C, gL, EL, VT, DeltaT, tauw, a, b, Vr, V_cut.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'AdEx.cpu'
source_filename = "models/adex.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @AdEx_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/adex.ts:45  update(t: number, dt: number) {
  %V.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %V.ptr = load double*, double** %V.slot, align 8, !dbg !7
  %w.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %w.ptr = load double*, double** %w.slot, align 8, !dbg !7
  %I.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %I.ptr = load double*, double** %I.slot, align 8, !dbg !7
  %C.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %C = load double, double* %C.slot, align 8, !dbg !7
  %gL.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %gL = load double, double* %gL.slot, align 8, !dbg !7
  %EL.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %EL = load double, double* %EL.slot, align 8, !dbg !7
  %VT.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %VT = load double, double* %VT.slot, align 8, !dbg !7
  %DeltaT.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %DeltaT = load double, double* %DeltaT.slot, align 8, !dbg !7
  %tauw.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %tauw = load double, double* %tauw.slot, align 8, !dbg !7
  %a.slot = getelementptr inbounds double, double* %params, i64 6, !dbg !7
  %a = load double, double* %a.slot, align 8, !dbg !7
  %b.slot = getelementptr inbounds double, double* %params, i64 7, !dbg !7
  %b = load double, double* %b.slot, align 8, !dbg !7
  %Vr.slot = getelementptr inbounds double, double* %params, i64 8, !dbg !7
  %Vr = load double, double* %Vr.slot, align 8, !dbg !7
  %V_cut.slot = getelementptr inbounds double, double* %params, i64 9, !dbg !7
  %V_cut = load double, double* %V_cut.slot, align 8, !dbg !7
  ; models/adex.ts:41  const spike = this.gL * this.DeltaT * Math.exp((V - this.VT) / this.DeltaT);
  %u0 = fmul double %gL, %DeltaT, !dbg !8
  %0 = icmp slt i64 %begin, %end, !dbg !8
  br i1 %0, label %neuron, label %done, !dbg !8

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !8
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !8
  ; models/adex.ts:46  [this.V, this.w] = step(this.dVw, this.V, this.w, this.I);
  %V.addr = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !9
  %V = load double, double* %V.addr, align 8, !dbg !9
  ; models/adex.ts:42  return [(this.gL * (this.EL - V) + spike + I - w) / this.C, (this.a * (V - this.EL) - w) / this.tauw];
  %1 = fsub double %EL, %V, !dbg !10
  %2 = fmul double %gL, %1, !dbg !10
  ; models/adex.ts:41  const spike = this.gL * this.DeltaT * Math.exp((V - this.VT) / this.DeltaT);
  %3 = fsub double %V, %VT, !dbg !11
  %4 = fdiv double %3, %DeltaT, !dbg !12
  %5 = fcmp ogt double %4, 7.100000e+02, !dbg !12
  %6 = select i1 %5, double 7.100000e+02, double %4, !dbg !12
  %7 = fcmp olt double %6, -7.460000e+02, !dbg !12
  %8 = select i1 %7, double -7.460000e+02, double %6, !dbg !12
  %9 = fmul double %8, 0x3FF71547652B82FE, !dbg !12
  %10 = fadd double %9, 0x4338000000000000, !dbg !12
  %11 = bitcast double %10 to i64, !dbg !12
  %12 = sub i64 %11, 4843621399236968448, !dbg !12
  %13 = fsub double %10, 0x4338000000000000, !dbg !12
  %14 = fmul double %13, 0x3FE62E42FEE00000, !dbg !12
  %15 = fsub double %8, %14, !dbg !12
  %16 = fmul double %13, 0x3DEA39EF35793C76, !dbg !12
  %17 = fsub double %15, %16, !dbg !12
  %18 = fmul double 0x3E21F730349868CE, %17, !dbg !12
  %19 = fadd double %18, 0x3E5AF4DE97CA4194, !dbg !12
  %20 = fmul double %19, %17, !dbg !12
  %21 = fadd double %20, 0x3E927E4DB646B17E, !dbg !12
  %22 = fmul double %21, %17, !dbg !12
  %23 = fadd double %22, 0x3EC71DE0231960EB, !dbg !12
  %24 = fmul double %23, %17, !dbg !12
  %25 = fadd double %24, 0x3EFA01A01A6D889C, !dbg !12
  %26 = fmul double %25, %17, !dbg !12
  %27 = fadd double %26, 0x3F2A01A01ABE7FE1, !dbg !12
  %28 = fmul double %27, %17, !dbg !12
  %29 = fadd double %28, 0x3F56C16C16C162D4, !dbg !12
  %30 = fmul double %29, %17, !dbg !12
  %31 = fadd double %30, 0x3F811111111100DC, !dbg !12
  %32 = fmul double %31, %17, !dbg !12
  %33 = fadd double %32, 0x3FA5555555555556, !dbg !12
  %34 = fmul double %33, %17, !dbg !12
  %35 = fadd double %34, 0x3FC5555555555557, !dbg !12
  %36 = fmul double %35, %17, !dbg !12
  %37 = fadd double %36, 5.000000e-01, !dbg !12
  %38 = fmul double %17, %17, !dbg !12
  %39 = fmul double %38, %37, !dbg !12
  %40 = fsub double %39, %16, !dbg !12
  %41 = fadd double %15, %40, !dbg !12
  %42 = fsub double %41, %15, !dbg !12
  %43 = fsub double %40, %42, !dbg !12
  %44 = fadd double 1.000000e+00, %41, !dbg !12
  %45 = fsub double 1.000000e+00, %44, !dbg !12
  %46 = fadd double %45, %41, !dbg !12
  %47 = fadd double %46, %43, !dbg !12
  %48 = fadd double %44, %47, !dbg !12
  %49 = ashr i64 %12, 1, !dbg !12
  %50 = add i64 %49, 1023, !dbg !12
  %51 = shl i64 %50, 52, !dbg !12
  %52 = bitcast i64 %51 to double, !dbg !12
  %53 = fmul double %48, %52, !dbg !12
  %54 = sub i64 %12, %49, !dbg !12
  %55 = add i64 %54, 1023, !dbg !12
  %56 = shl i64 %55, 52, !dbg !12
  %57 = bitcast i64 %56 to double, !dbg !12
  %58 = fmul double %53, %57, !dbg !12
  %59 = fmul double %u0, %58, !dbg !12
  %60 = fadd double %2, %59, !dbg !12
  ; models/adex.ts:46  [this.V, this.w] = step(this.dVw, this.V, this.w, this.I);
  %I.addr = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !13
  %I = load double, double* %I.addr, align 8, !dbg !13
  %61 = fadd double %60, %I, !dbg !13
  %w.addr = getelementptr inbounds double, double* %w.ptr, i64 %i, !dbg !14
  %w = load double, double* %w.addr, align 8, !dbg !14
  %62 = fsub double %61, %w, !dbg !14
  ; models/adex.ts:42  return [(this.gL * (this.EL - V) + spike + I - w) / this.C, (this.a * (V - this.EL) - w) / this.tauw];
  %63 = fdiv double %62, %C, !dbg !15
  %64 = fmul double %dt, %63, !dbg !15
  %65 = fadd double %V, %64, !dbg !15
  ; models/adex.ts:47  if (this.V > this.V_cut) {
  %66 = fcmp ogt double %65, %V_cut, !dbg !16
  ; models/adex.ts:48  this.V = this.Vr;
  %V.next = select i1 %66, double %Vr, double %65, !dbg !17
  ; models/adex.ts:42  return [(this.gL * (this.EL - V) + spike + I - w) / this.C, (this.a * (V - this.EL) - w) / this.tauw];
  %67 = fsub double %V, %EL, !dbg !18
  %68 = fmul double %a, %67, !dbg !18
  %69 = fsub double %68, %w, !dbg !18
  %70 = fdiv double %69, %tauw, !dbg !19
  %71 = fmul double %dt, %70, !dbg !19
  %72 = fadd double %w, %71, !dbg !19
  ; models/adex.ts:49  this.w += this.b;
  %73 = fadd double %72, %b, !dbg !20
  %w.next = select i1 %66, double %73, double %72, !dbg !20
  ; models/adex.ts:48  this.V = this.Vr;
  %V.addr1 = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !21
  store double %V.next, double* %V.addr1, align 8, !dbg !21
  %74 = fsub double %V.next, %V.next, !dbg !21
  %75 = bitcast double %74 to i64, !dbg !21
  %V.bad = or i64 0, %75, !dbg !21
  ; models/adex.ts:49  this.w += this.b;
  %w.addr2 = getelementptr inbounds double, double* %w.ptr, i64 %i, !dbg !22
  store double %w.next, double* %w.addr2, align 8, !dbg !22
  %76 = fsub double %w.next, %w.next, !dbg !22
  %77 = bitcast double %76 to i64, !dbg !22
  %w.bad = or i64 %V.bad, %77, !dbg !22
  ; models/adex.ts:37  @current I = 0; // pA
  %I.addr3 = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !23
  store double 0.000000e+00, double* %I.addr3, align 8, !dbg !23
  ; models/adex.ts:45  update(t: number, dt: number) {
  %spiked.byte = zext i1 %66 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i64 %bad, %w.bad, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %78 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %78, label %neuron, label %done, !dbg !7

done:                                             ; preds = %neuron, %entry
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !7
  %79 = icmp ne i64 %bad.bits, 0, !dbg !7
  %result = zext i1 %79 to i32, !dbg !7
  ret i32 %result, !dbg !7
}

attributes #0 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "adex.ts", directory: "models")
!4 = distinct !DISubprogram(name: "AdEx.update", linkageName: "AdEx_update", scope: !3, file: !3, line: 45, type: !5, scopeLine: 45, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 45, column: 3, scope: !4)
!8 = !DILocation(line: 41, column: 29, scope: !4)
!9 = !DILocation(line: 46, column: 39, scope: !4)
!10 = !DILocation(line: 42, column: 25, scope: !4)
!11 = !DILocation(line: 41, column: 57, scope: !4)
!12 = !DILocation(line: 41, column: 68, scope: !4)
!13 = !DILocation(line: 46, column: 55, scope: !4)
!14 = !DILocation(line: 46, column: 47, scope: !4)
!15 = !DILocation(line: 42, column: 57, scope: !4)
!16 = !DILocation(line: 47, column: 18, scope: !4)
!17 = !DILocation(line: 48, column: 16, scope: !4)
!18 = !DILocation(line: 42, column: 80, scope: !4)
!19 = !DILocation(line: 42, column: 96, scope: !4)
!20 = !DILocation(line: 49, column: 17, scope: !4)
!21 = !DILocation(line: 48, column: 7, scope: !4)
!22 = !DILocation(line: 49, column: 7, scope: !4)
!23 = !DILocation(line: 37, column: 3, scope: !4)
; braints-hash: e4d6d2f41c80ef4769cf430e1b1bfedc8c199ae09605efa7cde26062a834c8cc
