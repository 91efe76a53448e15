; BrainTS kernel for neuron model CubaLIF (models/coba.ts:69), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): v, ge, gi, t_last.
; Group-uniform parameters (params): taum, taue, taui, Vt, Vr, t_ref, El.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'CubaLIF.cpu'
source_filename = "models/coba.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @CubaLIF_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/coba.ts:23  update(t: number, dt: number) {
  %v.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %v.ptr = load double*, double** %v.slot, align 8, !dbg !7
  %ge.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %ge.ptr = load double*, double** %ge.slot, align 8, !dbg !7
  %gi.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %gi.ptr = load double*, double** %gi.slot, align 8, !dbg !7
  %t_last.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !7
  %t_last.ptr = load double*, double** %t_last.slot, align 8, !dbg !7
  %taum.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %taum = load double, double* %taum.slot, align 8, !dbg !7
  %taue.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %taue = load double, double* %taue.slot, align 8, !dbg !7
  %taui.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %taui = load double, double* %taui.slot, align 8, !dbg !7
  %Vt.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %Vt = load double, double* %Vt.slot, align 8, !dbg !7
  %Vr.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %Vr = load double, double* %Vr.slot, align 8, !dbg !7
  %t_ref.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %t_ref = load double, double* %t_ref.slot, align 8, !dbg !7
  %El.slot = getelementptr inbounds double, double* %params, i64 6, !dbg !7
  %El = load double, double* %El.slot, align 8, !dbg !7
  %u0 = fmul double 1.000000e-03, %dt, !dbg !8
  ; models/coba.ts:25  const active = Math.trunc((t - this.t_last + 1e-3 * dt) / dt) >= Math.trunc((this.t_ref + 1e-3 * dt) / dt);
  %0 = fmul double 1.000000e-03, %dt, !dbg !9
  %1 = fadd double %t_ref, %0, !dbg !9
  %2 = fdiv double %1, %dt, !dbg !9
  %u1 = call double @llvm.trunc.f64(double %2), !dbg !9
  ; models/coba.ts:75  return (ge + gi - (v - this.El)) / this.taum;
  %u2 = fdiv double -1.000000e+00, %taum, !dbg !10
  %u3 = fneg double %El, !dbg !11
  ; models/coba.ts:27  if (active) this.v = step(this.dv, this.v, this.ge, this.gi);
  %3 = fmul double %u2, %dt, !dbg !12
  %u4 = call double @llvm.exp.f64(double %3), !dbg !12
  ; models/coba.ts:80  return [-ge / this.taue, -gi / this.taui];
  %u5 = fdiv double -1.000000e+00, %taue, !dbg !13
  %4 = fdiv double 0.000000e+00, %u5, !dbg !14
  %u6 = fneg double %4, !dbg !14
  ; models/coba.ts:26  const [ge, gi] = step(this.dg, this.ge, this.gi);
  %5 = fmul double %u5, %dt, !dbg !15
  %u8 = call double @llvm.exp.f64(double %5), !dbg !15
  ; models/coba.ts:80  return [-ge / this.taue, -gi / this.taui];
  %u9 = fdiv double -1.000000e+00, %taui, !dbg !16
  %6 = fdiv double 0.000000e+00, %u9, !dbg !17
  %u10 = fneg double %6, !dbg !17
  ; models/coba.ts:26  const [ge, gi] = step(this.dg, this.ge, this.gi);
  %7 = fmul double %u9, %dt, !dbg !15
  %u12 = call double @llvm.exp.f64(double %7), !dbg !15
  %8 = icmp slt i64 %begin, %end, !dbg !15
  br i1 %8, label %neuron, label %done, !dbg !15

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !15
  %bad = phi i32 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !15
  ; models/coba.ts:25  const active = Math.trunc((t - this.t_last + 1e-3 * dt) / dt) >= Math.trunc((this.t_ref + 1e-3 * dt) / dt);
  %t_last.addr = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !18
  %t_last = load double, double* %t_last.addr, align 8, !dbg !18
  %9 = fsub double %t, %t_last, !dbg !18
  %10 = fadd double %9, %u0, !dbg !19
  ; models/coba.ts:23  update(t: number, dt: number) {
  %11 = fdiv double %10, %dt, !dbg !8
  %12 = call double @llvm.trunc.f64(double %11), !dbg !8
  ; models/coba.ts:25  const active = Math.trunc((t - this.t_last + 1e-3 * dt) / dt) >= Math.trunc((this.t_ref + 1e-3 * dt) / dt);
  %13 = fcmp oge double %12, %u1, !dbg !20
  ; models/coba.ts:27  if (active) this.v = step(this.dv, this.v, this.ge, this.gi);
  %14 = fcmp oeq double %u2, 0.000000e+00, !dbg !12
  %v.addr = getelementptr inbounds double, double* %v.ptr, i64 %i, !dbg !21
  %v = load double, double* %v.addr, align 8, !dbg !21
  %ge.addr = getelementptr inbounds double, double* %ge.ptr, i64 %i, !dbg !22
  %ge = load double, double* %ge.addr, align 8, !dbg !22
  %gi.addr = getelementptr inbounds double, double* %gi.ptr, i64 %i, !dbg !23
  %gi = load double, double* %gi.addr, align 8, !dbg !23
  %15 = fadd double %ge, %gi, !dbg !23
  ; models/coba.ts:75  return (ge + gi - (v - this.El)) / this.taum;
  %16 = fsub double %v, %El, !dbg !11
  %17 = fsub double %15, %16, !dbg !11
  %18 = fdiv double %17, %taum, !dbg !10
  %19 = fmul double %dt, %18, !dbg !10
  %20 = fadd double %v, %19, !dbg !10
  %21 = fadd double %ge, %gi, !dbg !24
  %22 = fsub double %21, %u3, !dbg !25
  %23 = fdiv double %22, %taum, !dbg !25
  %24 = fdiv double %23, %u2, !dbg !25
  %25 = fneg double %24, !dbg !25
  ; models/coba.ts:27  if (active) this.v = step(this.dv, this.v, this.ge, this.gi);
  %26 = fadd double %v, %24, !dbg !12
  %27 = fmul double %26, %u4, !dbg !12
  %28 = fadd double %25, %27, !dbg !12
  %29 = select i1 %14, double %20, double %28, !dbg !12
  ; models/coba.ts:15  @state v = -60; // mV
  %30 = select i1 %13, double %29, double %v, !dbg !26
  ; models/coba.ts:30  if (active && this.v > this.Vt) {
  %31 = fcmp ogt double %30, %Vt, !dbg !27
  %32 = and i1 %13, %31, !dbg !27
  ; models/coba.ts:31  this.v = this.Vr;
  %v.next = select i1 %32, double %Vr, double %30, !dbg !28
  ; models/coba.ts:26  const [ge, gi] = step(this.dg, this.ge, this.gi);
  %33 = fcmp oeq double %u5, 0.000000e+00, !dbg !15
  ; models/coba.ts:80  return [-ge / this.taue, -gi / this.taui];
  %34 = fneg double %ge, !dbg !14
  %35 = fdiv double %34, %taue, !dbg !13
  %36 = fmul double %dt, %35, !dbg !13
  %37 = fadd double %ge, %36, !dbg !13
  ; models/coba.ts:26  const [ge, gi] = step(this.dg, this.ge, this.gi);
  %38 = fadd double %ge, %4, !dbg !15
  %39 = fmul double %38, %u8, !dbg !15
  %40 = fadd double %u6, %39, !dbg !15
  %ge.next = select i1 %33, double %37, double %40, !dbg !15
  %41 = fcmp oeq double %u9, 0.000000e+00, !dbg !15
  ; models/coba.ts:80  return [-ge / this.taue, -gi / this.taui];
  %42 = fneg double %gi, !dbg !17
  %43 = fdiv double %42, %taui, !dbg !16
  %44 = fmul double %dt, %43, !dbg !16
  %45 = fadd double %gi, %44, !dbg !16
  ; models/coba.ts:26  const [ge, gi] = step(this.dg, this.ge, this.gi);
  %46 = fadd double %gi, %6, !dbg !15
  %47 = fmul double %46, %u12, !dbg !15
  %48 = fadd double %u10, %47, !dbg !15
  %gi.next = select i1 %41, double %45, double %48, !dbg !15
  ; models/coba.ts:18  @state t_last = -1e9; // ms, time of the last spike
  %t_last.next = select i1 %32, double %t, double %t_last, !dbg !29
  ; models/coba.ts:31  this.v = this.Vr;
  %v.addr1 = getelementptr inbounds double, double* %v.ptr, i64 %i, !dbg !30
  store double %v.next, double* %v.addr1, align 8, !dbg !30
  %49 = fsub double %v.next, %v.next, !dbg !30
  %v.bad = fcmp une double %49, 0.000000e+00, !dbg !30
  %50 = zext i1 %v.bad to i32, !dbg !30
  %51 = or i32 0, %50, !dbg !30
  ; models/coba.ts:28  this.ge = ge;
  %ge.addr2 = getelementptr inbounds double, double* %ge.ptr, i64 %i, !dbg !31
  store double %ge.next, double* %ge.addr2, align 8, !dbg !31
  %52 = fsub double %ge.next, %ge.next, !dbg !31
  %ge.bad = fcmp une double %52, 0.000000e+00, !dbg !31
  %53 = zext i1 %ge.bad to i32, !dbg !31
  %54 = or i32 %51, %53, !dbg !31
  ; models/coba.ts:29  this.gi = gi;
  %gi.addr3 = getelementptr inbounds double, double* %gi.ptr, i64 %i, !dbg !32
  store double %gi.next, double* %gi.addr3, align 8, !dbg !32
  %55 = fsub double %gi.next, %gi.next, !dbg !32
  %gi.bad = fcmp une double %55, 0.000000e+00, !dbg !32
  %56 = zext i1 %gi.bad to i32, !dbg !32
  %57 = or i32 %54, %56, !dbg !32
  ; models/coba.ts:32  this.t_last = t;
  %t_last.addr4 = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !33
  store double %t_last.next, double* %t_last.addr4, align 8, !dbg !33
  %58 = fsub double %t_last.next, %t_last.next, !dbg !33
  %t_last.bad = fcmp une double %58, 0.000000e+00, !dbg !33
  %59 = zext i1 %t_last.bad to i32, !dbg !33
  %60 = or i32 %57, %59, !dbg !33
  ; models/coba.ts:23  update(t: number, dt: number) {
  %spiked.byte = zext i1 %32 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i32 %bad, %60, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %61 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %61, label %neuron, label %done, !dbg !7

done:                                             ; preds = %neuron, %entry
  %result = phi i32 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !7
  ret i32 %result, !dbg !7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.trunc.f64(double) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.exp.f64(double) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "coba.ts", directory: "models")
!4 = distinct !DISubprogram(name: "CubaLIF.update", linkageName: "CubaLIF_update", scope: !3, file: !3, line: 23, type: !5, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 23, column: 3, scope: !4)
!8 = !DILocation(line: 23, column: 21, scope: !4)
!9 = !DILocation(line: 25, column: 95, scope: !4)
!10 = !DILocation(line: 75, column: 40, scope: !4)
!11 = !DILocation(line: 75, column: 28, scope: !4)
!12 = !DILocation(line: 27, column: 26, scope: !4)
!13 = !DILocation(line: 80, column: 19, scope: !4)
!14 = !DILocation(line: 80, column: 13, scope: !4)
!15 = !DILocation(line: 26, column: 22, scope: !4)
!16 = !DILocation(line: 80, column: 36, scope: !4)
!17 = !DILocation(line: 80, column: 30, scope: !4)
!18 = !DILocation(line: 25, column: 36, scope: !4)
!19 = !DILocation(line: 25, column: 50, scope: !4)
!20 = !DILocation(line: 25, column: 70, scope: !4)
!21 = !DILocation(line: 27, column: 40, scope: !4)
!22 = !DILocation(line: 27, column: 48, scope: !4)
!23 = !DILocation(line: 27, column: 57, scope: !4)
!24 = !DILocation(line: 75, column: 13, scope: !4)
!25 = !DILocation(line: 75, column: 24, scope: !4)
!26 = !DILocation(line: 15, column: 3, scope: !4)
!27 = !DILocation(line: 30, column: 28, scope: !4)
!28 = !DILocation(line: 31, column: 16, scope: !4)
!29 = !DILocation(line: 18, column: 3, scope: !4)
!30 = !DILocation(line: 31, column: 7, scope: !4)
!31 = !DILocation(line: 28, column: 5, scope: !4)
!32 = !DILocation(line: 29, column: 5, scope: !4)
!33 = !DILocation(line: 32, column: 7, scope: !4)
; braints-hash: 9d0e8c4c5b84ea60d0f8e20622559ba99e95f54d7441415c80d0d3793e4526c3
